// Types of replies.mjs, for its workerd test.
export const RESTARTED_MID_REQUEST: string
export function droppedByDevProxy(status: number, text: string): boolean
export function sendPastDevProxy<R extends { dropped: boolean; retried?: boolean }>(
  send: () => Promise<R>,
  options: { retries: number; delayMs: number; onRetry?: () => void },
): Promise<R & { retried: boolean }>
export function parseReply(route: string, status: number, text: string): unknown
