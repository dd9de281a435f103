import { escapeToBuffer } from 'hono/utils/html'

/**
 * Escapes text for HTML element content and quoted attribute values alike (& < > " '), with the
 * escaper hono's own html helper and JSX renderer use.
 */
export function escapeHtml(text: string): string {
  const buffer: [string] = ['']
  escapeToBuffer(text, buffer)
  return buffer[0]
}
