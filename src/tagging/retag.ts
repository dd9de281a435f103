import type { Env, RetagMessage } from '../env'

// Placeholder until the tagging issue lands.
export async function handleRetagBatch(batch: MessageBatch<RetagMessage>, _env: Env): Promise<void> {
  batch.ackAll()
}
