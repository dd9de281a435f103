/**
 * CSV per RFC 4180: CRLF line ends, a header row, every field quoted when it holds a comma, a
 * quote, CR or LF (quotes doubled). Spreadsheet formula injection (OWASP "CSV Injection"): a
 * text cell starting with = + - @, tab or CR is prefixed with a single quote, so Excel, LibreOffice
 * and Google Sheets show it as text instead of evaluating it.
 */

const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]/

export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return ''
  if (typeof value !== 'string') return String(value)
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function csvRow(cells: (string | number | boolean | null)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`
}
