/** What the rest of Seismo uses of watches: matching at ingest and the delivery outbox. */
export { getWatchMatcher, type WatchMatcher } from './matcher'
export { deliveryInsertStatements } from '../db/deliveries'
export { dispatchNewDeliveries, sweepDueDeliveries } from './outbox'
