import { edit } from './helpers.js';

/** The seed with a budget under funding (three lines, 15.500.000 đồng). */
export const withBudget = (budget: string): string =>
  edit(
    '  source: Kinh phí chi từ nguồn sự nghiệp khoa học năm 2018 được giao cho phòng Quản lý Khoa học và Công nghệ cơ sở.\n',
    `  source: Kinh phí chi từ nguồn sự nghiệp khoa học năm 2018.\n  budget:\n${budget}`,
  );

export const LINES = `    items:
      - { name: Nước uống, unit: người, quantity: 100, unitPrice: 20000, amount: 2000000 }
      - { name: Tài liệu, unit: bộ, quantity: 100, unitPrice: 35000 }
      - { name: Thuê xe tham quan, amount: 10000000 }
`;
