/** What a reader (CSV or XLSX) hands to the row checks: cells as strings, each with where the clerk finds it. */

export interface CellPosition {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Cell extends CellPosition {
  /** Raw text of the cell (not yet normalised). */
  value: string;
  /** For an XLSX hyperlink to `mailto:`, the address behind the link. */
  mailto?: string;
  /** A formula without a cached result, or an Excel error value such as `#N/A`: the value is then empty. */
  issue?: { kind: 'formula-no-result' } | { kind: 'error-value'; error: string };
}

export interface GridRow {
  /** Where the row starts: spreadsheet row and column 1, or the physical CSV line and column. */
  line: number;
  column: number;
  /** Cells by 0-based column index; holes are empty cells. */
  cells: (Cell | undefined)[];
}
