import type { DeliveryMessage, Env } from '../env'

// Placeholders until the watches issue lands.
export async function handleDeliveryBatch(batch: MessageBatch<DeliveryMessage>, _env: Env): Promise<void> {
  batch.ackAll()
}
export async function handleDeliveryDeadLetters(batch: MessageBatch<DeliveryMessage>, _env: Env): Promise<void> {
  batch.ackAll()
}
export async function sweepDueDeliveries(_env: Env, _now: number): Promise<void> {}
