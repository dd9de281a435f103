import type { Env, FetchMessage } from '../env'
export async function handleFetchBatch(batch: MessageBatch<FetchMessage>, _env: Env): Promise<void> { batch.ackAll() }
