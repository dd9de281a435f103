import type { Env } from '../env'
export async function enqueueDueFeeds(_env: Env, _now: number): Promise<number> { return 0 }
