/** What the rest of Seismo uses of watches: matching at ingest and the delivery outbox. */

export { deliveryInsertStatements } from '../db/deliveries'
export { getWatchMatcher, type WatchMatcher } from './matcher'
export { dispatchNewDeliveries, sweepDueDeliveries } from './outbox'
