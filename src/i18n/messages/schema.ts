import type { MessageTable } from './types.js';

// {label} is the field's Vietnamese title from the schema; {path} is where it sits in the plan.
export const messages: MessageTable = {
  'schema/required': {
    vi: 'Thiếu trường bắt buộc «{label}» ({path}).',
    en: 'Missing required field "{label}" ({path}).',
  },
  'schema/unknown-key-suggest': {
    vi: 'Tên trường «{key}» không có ở đây. Có phải ý bạn là «{suggestion}»?',
    en: 'There is no field "{key}" here. Did you mean "{suggestion}"?',
  },
  'schema/stray-comma': {
    vi: '«{key}» bị hiểu thành một tên trường: trong cặp ngoặc { }, dấu phẩy ngăn cách các trường. Nếu giá trị có dấu phẩy, hãy đặt cả giá trị trong dấu nháy kép, ví dụ "Tổng kết, bế mạc".',
    en: '"{key}" was read as a field name: inside { }, a comma separates fields. If a value contains a comma, put the whole value in double quotes, e.g. "Tổng kết, bế mạc".',
  },
  'schema/unknown-key': {
    vi: 'Tên trường «{key}» không có ở đây. Các tên trường được phép: {known}.',
    en: 'There is no field "{key}" here. The fields allowed: {known}.',
  },
  'schema/enum': {
    vi: '«{label}» ({path}) phải là một trong: {allowed}; đang là {actual}.',
    en: '"{label}" ({path}) must be one of: {allowed}; found {actual}.',
  },
  'schema/date': {
    vi: '«{label}» ({path}): {actual} không phải ngày có thật; viết theo thứ tự ngày/tháng/năm, ví dụ 31/07/2018.',
    en: '"{label}" ({path}): {actual} is not a real date; write it as day/month/year, e.g. 31/07/2018.',
  },
  'schema/format': {
    vi: '«{label}» ({path}): {actual} không đúng định dạng.',
    en: '"{label}" ({path}): {actual} is not well-formed.',
  },
  'schema/pattern': {
    vi: '«{label}» ({path}): {actual} không đúng định dạng. {hint}',
    en: '"{label}" ({path}): {actual} is not in the expected form. {hint}',
  },
  'schema/empty': { vi: '«{label}» ({path}) không được để trống.', en: '"{label}" ({path}) must not be empty.' },
  'schema/minimum': {
    vi: '«{label}» ({path}) phải từ {limit} trở lên; đang là {actual}.',
    en: '"{label}" ({path}) must be at least {limit}; found {actual}.',
  },
  'schema/maximum': {
    vi: '«{label}» ({path}) không được vượt quá {limit}; đang là {actual}.',
    en: '"{label}" ({path}) must be at most {limit}; found {actual}.',
  },
  'schema/minItems': {
    vi: '«{label}» ({path}) cần ít nhất {limit} mục.',
    en: '"{label}" ({path}) needs at least {limit} item(s).',
  },
  'schema/uniqueItems': {
    vi: '«{label}» ({path}): mục thứ {j} và {i} trùng nhau (đếm từ 0).',
    en: '"{label}" ({path}): items {j} and {i} are the same (counting from 0).',
  },
  'schema/any-of': {
    vi: '«{label}» ({path}) cần có một trong các cách khai báo: {alternatives}.',
    en: '"{label}" ({path}) needs one of: {alternatives}.',
  },
  'schema/one-of-many': {
    vi: '«{label}» ({path}) chỉ được dùng một trong các cách khai báo: {alternatives}.',
    en: '"{label}" ({path}) may use only one of: {alternatives}.',
  },
  'schema/other': { vi: '«{label}» ({path}): {detail}', en: '"{label}" ({path}): {detail}' },
};
