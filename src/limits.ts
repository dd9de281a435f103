/**
 * Every limit and tunable of Seismo, named, with the reason for its value.
 * Tests import these rather than repeating the numbers.
 */

// ── HTTP API ──────────────────────────────────────────────────────────────────
/** JSON request bodies: the contract's 64 KB (413 body_too_large above it). */
export const MAX_JSON_BODY_BYTES = 64 * 1024
/** Feed documents (POST /api/ingest and fetched bodies): real feeds reach 2-3 MB; the contract asks >= 5 MB. */
export const MAX_FEED_BYTES = 5 * 1024 * 1024

/**
 * Per-client rate limits of the public read routes, by class (src/lib/rate-limit.ts). The numbers
 * live in wrangler.toml's [[ratelimits]] (the Rate Limiting binding's `simple` limit and period,
 * 10 or 60 s), mirrored here for the 429 message and the in-memory fallback; a test keeps them
 * equal. search: a person paging and refining searches makes a few a minute, a dashboard polling
 * every few seconds a few dozen; 300 stops a scraper walking the archive. feeds: a feed reader
 * polls each feed every few minutes; 120 a minute covers a reader with a hundred watch feeds.
 */
export const RATE_LIMITS = {
  search: { binding: 'SEARCH_RATE_LIMITER', limit: 300, periodSeconds: 60 },
  feeds: { binding: 'FEEDS_RATE_LIMITER', limit: 120, periodSeconds: 60 },
} as const
export type RateLimitClass = keyof typeof RATE_LIMITS

// ── Fetching ──────────────────────────────────────────────────────────────────
/** Whole-fetch timeout: slow hosts must not hold a queue consumer. */
export const FETCH_TIMEOUT_MS = 15_000
/** Redirect hops followed manually (each hop re-checked against the SSRF rules). */
export const MAX_REDIRECTS = 5
export const USER_AGENT = 'Seismo/0.1 (+https://github.com/seismo-news/seismo; news monitoring feed fetcher)'

// ── Scheduling ────────────────────────────────────────────────────────────────
export const DEFAULT_INTERVAL_MINUTES = 30
export const MIN_INTERVAL_MINUTES = 5
export const MAX_INTERVAL_MINUTES = 1440
/** Failure backoff is interval * 2^failures, capped here (the 24 h). */
export const MAX_BACKOFF_MINUTES = 24 * 60
/** Queue sendBatch accepts at most 100 messages. */
export const QUEUE_BATCH_MAX = 100
/** Feeds selected per cron run: 5,000 due feeds fit in one run (50 sendBatch calls). */
export const MAX_FEEDS_PER_CRON = 5_000
/** A claimed feed is not re-enqueued for this long, so overlapping cron runs do not double-send. */
export const FETCH_LEASE_MINUTES = 10

// ── Parsing ───────────────────────────────────────────────────────────────────
/** Items kept from one document: bounds D1 work per invocation. */
export const MAX_ITEMS_PER_FEED = 500

// ── Scheduling hints ──────────────────────────────────────────────────────────
/** Feed refresh hints (<ttl>, max-age, Retry-After) are honoured up to this: a typo cannot park a feed for weeks. */
export const MAX_HINT_MINUTES = 24 * 60
/** Retry an invocation that failed unexpectedly (D1 hiccup) after this delay. */
export const FETCH_RETRY_DELAY_SECONDS = 60
/** A manual or queued fetch that lost an insert race is retried in-process this many times. */
export const STORE_CONFLICT_RETRIES = 2

// ── Deduplication (src/ingest/dedupe.ts, src/db/near-duplicates.ts) ──────────
/**
 * Near-duplicate representatives stay candidates for this long after they were ingested: wire
 * copies land within days. Older representatives leave the candidate index (pruned by the cron),
 * so the index holds a week of stories whatever the size of the database.
 */
export const NEAR_DUPLICATE_WINDOW_DAYS = 7
/**
 * MinHash LSH layout: 24 bands of 3 slots (72 slots, 144 bytes a signature). A pair shares a
 * band with probability 1 - (1 - J^3)^24: 0.96 at J = 0.5, 0.995 at 0.6, 1 - 3e-5 at 0.7, while
 * a different story on the same topic (J ≈ 0.1-0.2) is a candidate 2-18% of the time and one on
 * another topic (J < 0.05) 0.3%. Candidates are then ranked by shared bands (a copy shares ~12 of 24).
 */
export const NEAR_DUPLICATE_BANDS = 24
export const NEAR_DUPLICATE_ROWS = 3
/**
 * Estimated Jaccard (shingle overlap) from which a new article joins a story's representative.
 * Measured on test/ingest/wire-stories.ts: copies by another outlet 0.76-0.82 (full text) and
 * 0.79-1.0 (lead paragraphs only); different stories on the same topic 0.01-0.22 (full text),
 * up to 0.44 for formulaic Korean lead paragraphs, the hardest case. 72 slots estimate J with a
 * standard deviation of at most 0.06.
 */
export const NEAR_DUPLICATE_MIN_JACCARD = 0.5
/** Representatives whose signatures are read and compared per new article (best band-hit counts first). */
export const MAX_CANDIDATES_PER_ITEM = 50
/**
 * Index rows read per band key (newest first): a key shared by this many representatives is
 * boilerplate, not evidence, and must not make one lookup read the whole window.
 */
export const MAX_REPS_PER_BAND_KEY = 20
/** Representatives pruned (and backfilled) per cron run: bounded D1 work per invocation. */
export const NEAR_DUPLICATE_MAINTENANCE_BATCH = 500

// ── Retention and archive (src/archive) ──────────────────────────────────────
/** Hot window default (ARCHIVE_AFTER_DAYS): half a year of full text and search in D1; older articles live in R2. */
export const DEFAULT_ARCHIVE_AFTER_DAYS = 180
/** Never archived, even ahead of schedule: this week's news stays searchable (and it is the near-duplicate window). */
export const ARCHIVE_MIN_HOT_DAYS = 7
/** Articles per R2 object: ~1.5 MB of rows read and ~0.7 MB written per batch, one D1 transaction to trim. */
export const ARCHIVE_BATCH_ARTICLES = 500
/** Batches per cron run: 2,000 articles every 5 minutes, far above the 70 a minute that 5,000 feeds bring. */
export const MAX_ARCHIVE_BATCHES_PER_RUN = 4
/** A 'writing' batch older than this belongs to a run that died (a run takes seconds): the next run cleans it up. */
export const ARCHIVE_RECOVER_AFTER_MS = 15 * 60_000
/** Share of D1_BUDGET_MB from which the archiver runs ahead of schedule (D1 stops at 10 GB per database). */
export const D1_BUDGET_HIGH_WATER = 0.9
/**
 * Articles walked per step of the cron's packing of text stored before migration 0013 (one D1
 * transaction each: ~0.6 MB of text read, ~0.3 MB written), and steps per run: 2,000 articles
 * every 5 minutes, so a full 10 GB database (~850,000 articles) is packed in about a day and a half.
 */
export const PACK_WALK_ROWS = 200
export const MAX_PACK_STEPS_PER_RUN = 10
/** GET /api/export: articles per request (D1 allows 1,000 queries per invocation; pages of 500 rows). */
export const MAX_EXPORT_ARTICLES = 200_000
/** GET /api/export: rows per D1 page while streaming (bounded memory: one page and one archive span). */
export const EXPORT_PAGE_ROWS = 500

// ── URL policy, decoding, normalising (fetch/normalise stages) ────────────────
/** URLs longer than this are refused: real feed and article URLs are far shorter, and it bounds stored keys. */
export const MAX_URL_LENGTH = 2048
/** Bytes sniffed for an XML declaration / <meta charset>: the HTML prescan's 1024, declarations sit at the top. */
export const CHARSET_SNIFF_BYTES = 1024
/** Plain text kept per article body: bounds D1 row size and the search index; real articles are far shorter. */
export const MAX_ARTICLE_TEXT_CHARS = 100_000
/** Article summaries (plain text): about two sentences, what a list view or a webhook message shows. */
export const SUMMARY_MAX_CHARS = 300
/** Titles: real headlines are < 200 chars; longer ones are body text pasted into <title>. */
export const TITLE_MAX_CHARS = 300
/** A title made from the first words of the text when the item has none. */
export const DERIVED_TITLE_MAX_CHARS = 100
/** Author names: a byline, not a paragraph. */
export const AUTHOR_MAX_CHARS = 200
/** Longer guids are stored hashed in the item key: some feeds put whole URLs with huge queries there. */
export const MAX_GUID_KEY_CHARS = 512
/** A published date this far past the fetch time is a zone bug or an embargo: the fetch time is used instead. */
export const FUTURE_DATE_TOLERANCE_MS = 10 * 60_000
/** Characters inspected for script-based language detection: enough for a stable ratio, bounded cost. */
export const LANG_SAMPLE_CHARS = 2_000

// ── Watches and webhook deliveries ────────────────────────────────────────────
/** Watches per Seismo: every isolate holds all compiled watch filters in memory (~1 KB each). */
export const MAX_WATCHES = 20_000
/** A watch name is a label for humans and chat messages, not a document. */
export const MAX_WATCH_NAME_CHARS = 200
/** A watch filter is a search query string; real ones are well under 1 KB. */
export const MAX_WATCH_FILTER_CHARS = 2_000
/** One webhook attempt (connect + answer + body excerpt): a slow receiver must not hold a consumer. */
export const WEBHOOK_TIMEOUT_MS = 10_000
/** A claimed delivery is not attempted by another consumer until then (timeout + slack for the D1 writes). */
export const DELIVERY_LEASE_MS = WEBHOOK_TIMEOUT_MS + 50_000
/** Standard Webhooks' recommended schedule, delay before each retry: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h. */
export const WEBHOOK_RETRY_DELAYS_MS = [
  5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000,
]
/** Up to this fraction is added to each retry delay so that a receiver's outage does not end in a thundering herd. */
export const WEBHOOK_RETRY_JITTER = 0.1
/** Queues cannot delay a message longer than 24 h; Retry-After and any delay are capped to it. */
export const MAX_QUEUE_DELAY_MS = 24 * 60 * 60 * 1000
/** A queue message may arrive slightly before next_attempt_at (clock granularity); it still counts as due. */
export const DELIVERY_EARLY_TOLERANCE_MS = 2_000
/** After a rotation the old secret keeps signing for 24 h so receivers can roll over without losing alerts. */
export const SECRET_ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000
/** Random bytes of a whsec_ secret (Standard Webhooks asks for 24..64). */
export const WEBHOOK_SECRET_BYTES = 32
/** Bytes of the receiver's answer kept per attempt: enough to read an error, never a whole page. */
export const WEBHOOK_RESPONSE_EXCERPT_BYTES = 1_024
/** Deliveries the cron sweep re-enqueues per run (10 sendBatch calls); the rest wait for the next run. */
export const MAX_DELIVERIES_PER_SWEEP = 1_000
/** A delivery whose queue message should have arrived this long ago is re-enqueued by the sweep. */
export const DELIVERY_REDISPATCH_AFTER_MS = 10 * 60 * 1000
/** A delivery never handed to the queue is left to dispatchNewDeliveries this long before the sweep sends it. */
export const DELIVERY_DISPATCH_GRACE_MS = 60 * 1000
/** GET /api/watches/:id/deliveries page size: default and maximum. */
export const DEFAULT_DELIVERIES_LIMIT = 50
export const MAX_DELIVERIES_LIMIT = 200
/** Discord embed limits (docs "Embed Limits"): title, description, field name/value, footer, total, content. */
export const DISCORD_LIMITS = {
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  total: 6000,
  content: 2000,
} as const
/** Slack's own caps (Block Kit reference): section text, header text, blocks per message. */
export const SLACK_LIMITS = { sectionText: 3_000, headerText: 150, blocks: 50 } as const
/** The plain `text` fallback (notifications, old clients) is one line: Slack advises ≤ 4,000 chars. */
export const SLACK_TEXT_MAX_CHARS = 1_000
/** All text of one Slack message (blocks + fallback) stays readable, far under Slack's 40,000 cut. */
export const SLACK_MESSAGE_MAX_CHARS = 8_000
/** A headline in a chat message (after escaping): real ones are < 200 chars. */
export const CHAT_TITLE_MAX_CHARS = 300
/** An article summary in a chat message (after escaping): two or three sentences. */
export const CHAT_SUMMARY_MAX_CHARS = 1_000
/** A link longer than this is left out of chat messages (the title stays): it would eat a digest's room. */
export const CHAT_LINK_MAX_CHARS = 1_000
/** Articles a chat digest lists before its "+N more" line: a list a person reads, not a dump. */
export const CHAT_DIGEST_MAX_LINES = 25
/** Other outlets named in a chat alert of a story before "+N more". */
export const CHAT_COPIES_NAMED = 5
/** Later copies of a story listed in a Standard Webhooks alert (copy_count says how many in all). */
export const MAX_STORY_COPIES_LISTED = 20
/**
 * Articles one Standard Webhooks digest carries in `articles` (about 1 KB each); a larger period
 * lists the newest ones and says how many it left out (`omitted`); every match stays in the log.
 */
export const MAX_DIGEST_ARTICLES = 500
/** Watches whose digests one cron run builds (one D1 batch of 3 statements each); the rest wait 5 minutes. */
export const MAX_DIGESTS_PER_CRON = 100
/**
 * Signatures on one request: the current secret and every secret replaced less than
 * SECRET_ROTATION_OVERLAP_MS ago. Each is ~50 header bytes and one HMAC per receiver check; a
 * rotation that would need more is refused (409) until the oldest expires.
 */
export const MAX_WEBHOOK_SIGNATURES = 4

// ── Feed parsing: XML safety (src/ingest/parse) ──────────────────────────────
/** Bytes before the root element (XML declaration, comments, DOCTYPE) we scan: real prologs are < 1 KB. */
export const MAX_XML_PROLOG_CHARS = 64 * 1024
/** Internal DTD subset size: feeds need none; a larger one is an attack or not a feed. */
export const MAX_DTD_CHARS = 16 * 1024
/** Internal entity declarations accepted (simple text values only; nested/external ones are always refused). */
export const MAX_DECLARED_ENTITIES = 32
/** Length of one declared entity's replacement text. */
export const MAX_ENTITY_VALUE_CHARS = 1024
/** Total characters added by expanding declared entities: stops the quadratic-blowup attack. */
export const MAX_ENTITY_EXPANSION_CHARS = 1_000_000
/** Element nesting depth outside HTML bodies: feeds are ~6 deep; deeper is hostile. */
export const MAX_XML_DEPTH = 64

// ── Feed parsing: truncated JSON Feed (src/ingest/parse/json-salvage.ts) ─────
/**
 * Nesting depth the salvage scan of a cut JSON Feed follows: items are 2 deep and their
 * attachments and authors 4; a deeper cut document is not salvaged (the parse error stands),
 * as a document refused for its nesting stays refused on the XML side (MAX_XML_DEPTH).
 */
export const MAX_JSON_SALVAGE_DEPTH = 64
/** Length of a top-level key the salvage scan decodes to find "items": longer keys are not it. */
export const MAX_JSON_SALVAGE_KEY_CHARS = 32

// ── Tagging ───────────────────────────────────────────────────────────────────
/** Mentions stored per article: enough evidence for any story, bounded D1 rows (a 40-sentence wire story has ~20). */
export const MAX_MENTIONS_PER_ARTICLE = 60
/** Event records stored per article: every distinct relation first (a 40-sentence story states ~30). */
export const MAX_RECORDS_PER_ARTICLE = 120
/** A mention's sentence is clipped to this many characters: evidence, not a copy of the article. */
export const MAX_MENTION_SENTENCE_CHARS = 400
/** Articles re-tagged per retag message: one D1 batch of ~8 statements each, far under 1,000 queries per invocation. */
export const RETAG_BATCH_SIZE = 50
/** A title mention counts this many body mentions in the per-slug strength score. */
export const TITLE_MENTION_WEIGHT = 3
/** Weighted mentions at which strength saturates at 1.0 (a title mention plus three body mentions). */
export const STRENGTH_SATURATION = 6

// ── Relations (GET /api/relations) ──────────────────────────────────────────────
/**
 * Newest matching stories whose records make the graph: recent enough to read in one query (a few thousand
 * PK reads).
 */
export const MAX_RELATION_ARTICLES = 2000
/** Edges per answer by default, and at most: a readable graph, not a dump (use filters to zoom in). */
export const RELATIONS_DEFAULT_LIMIT = 100
export const RELATIONS_MAX_LIMIT = 200

// ── Feed outputs (src/render) ─────────────────────────────────────────────────
/** Items per RSS/Atom/JSON feed document: the contract's "newest 50". */
export const FEED_ITEM_LIMIT = 50
/** Feed documents may be cached this long: the cron ingests every 5 minutes, so a fresher copy rarely differs. */
export const FEED_MAX_AGE_SECONDS = 300
/** Longest URL emitted in a feed: longer ones are garbage or smuggled payloads, and some readers choke on them. */
export const MAX_OUTPUT_URL_LENGTH = 2048

// ── Search, article detail and trends (src/search) ────────────────────────────
/** Longest q accepted: a search box query; longer input is a pasted document, not a query (400 query_too_long). */
export const MAX_QUERY_CHARS = 500
/** Words/phrases in one q: each is one more FTS5 doclist to intersect per request. */
export const MAX_QUERY_TERMS = 20
/** Characters of one article field indexed/matched: the first 100k carry the topic, and ingest CPU stays bounded. */
export const MAX_INDEXED_CHARS = 100_000
/**
 * Terms D1 (workerd's SQLite) allows in one compound SELECT: a sixth UNION arm fails the query
 * ("too many terms in compound SELECT"). Searches walk one arm per slug, feed or language, so longer
 * OR lists are nested in groups of this size (src/db/search-date.ts).
 */
export const D1_MAX_COMPOUND_TERMS = 5
/** Slugs in one actor=/event= value (comma = OR): a longer OR list is a scan in disguise. */
export const MAX_SLUGS_PER_PARAM = 20
/** Repeated actor=/event= params (AND groups): each is one more index probe per candidate. */
export const MAX_FILTER_GROUPS = 10
/** Slugs in a whole filter: with feeds, langs and FTS strings, a search stays under D1's 100 bound parameters. */
export const MAX_FILTER_SLUGS = 40
/** Feed ids and languages in one filter (comma = OR); same parameter budget. */
export const MAX_FILTER_FEEDS = 20
export const MAX_FILTER_LANGS = 10
/** Page size of /api/search: the contract's 1..100, default 20. */
export const SEARCH_DEFAULT_LIMIT = 20
export const SEARCH_MAX_LIMIT = 100
/**
 * Relevance sort (src/search/relevance.ts): bm25 ranks the newest RELEVANCE_WINDOW matches, and
 * the RELEVANCE_DEPTH best of them lead the results; every other match follows newest first.
 * The window bounds what one page costs (bm25 scores each candidate; a frequent word has tens of
 * thousands of matches), the depth bounds the cursor, which lists the ranked articles already shown.
 */
export const RELEVANCE_WINDOW = 300
export const RELEVANCE_DEPTH = 100
/** A cursor is a signed key plus at most RELEVANCE_DEPTH packed ids (~8 bytes each); anything longer is not ours. */
export const MAX_CURSOR_CHARS = 2_048
/**
 * Date-sorted q searches: below this many FTS matches, sort the matches; above it, walk the date
 * index newest-first checking each article against the match set (a frequent word is met within
 * ~limit × articles / matches rows, so the walk stops early). Either way a bounded page cost.
 */
export const DATE_SORT_FTS_CAP = 2_000
/**
 * ...and above this many matches the walk probes the FTS index per article instead of collecting
 * the match set first: measured on 100k articles, one probe costs about as much as collecting
 * ~100 set entries, and a walk meets a word this frequent within ~limit × articles / matches rows.
 */
export const DATE_SORT_PROBE_ABOVE = 15_000
/** Snippet length in characters around the first match. */
export const SNIPPET_CHARS = 200
/** Body characters a search page reads per row for its snippet; a match further in costs that row a second query. */
export const SNIPPET_BODY_CHARS = 4_000
/** Other copies of a story listed on the article detail (cluster members and extra sources). */
export const MAX_DUPLICATES = 50
/** Default trends window when since is not given: a month of daily counts. */
export const DEFAULT_TREND_DAYS = 30
/** Buckets in one trends answer: a year of days; wider ranges should use interval=week. */
export const MAX_TREND_BUCKETS = 366
/** Body characters the tagger reads: a long-form article is ~30K; this bounds CPU per article (tagging is ~50 MB/s). */
export const MAX_TAG_TEXT_CHARS = 200_000
/** One alias/trigger as written by an admin: the longest default form is 40 characters. */
export const MAX_TAXONOMY_FORM_CHARS = 120
/** Forms per language in one admin request: bounds the trie growth one call can cause. */
export const MAX_TAXONOMY_FORMS_PER_LANG = 200
/** Stored definition JSON per actor/event: far below D1's row and statement limits. */
export const MAX_TAXONOMY_ENTRY_BYTES = 60_000

// ── Search (continued, src/search) ────────────────────────────────────────────
/** How long an isolate trusts its estimate of a q's frequency: it changes slowly, and staleness costs speed only. */
export const QUERY_ESTIMATE_TTL_MS = 10 * 60_000
/** Estimates remembered per isolate (oldest dropped first). */
export const QUERY_ESTIMATE_CACHE_SIZE = 500

// ── Item identity audit ───────────────────────────────────────────────────────
/** GET /api/feeds/:id/items page size: default and maximum (one feed's items, newest first). */
export const DEFAULT_FEED_ITEMS_LIMIT = 50
export const MAX_FEED_ITEMS_LIMIT = 200

// ── Web pages (src/web) ───────────────────────────────────────────────────────
/** Stories facet counts (search page, GET /api/search?facets=) are taken over: the newest matches, one bounded walk. */
export const FACET_SAMPLE = 1_000
/** Facet entries listed per kind (actors, events), in a picker and in the API: the rest are reachable by a search. */
export const FACET_MAX_ENTRIES = 12
/** Other outlets listed under one search result ("+N sources" still counts them all). */
export const STORY_COPIES_LISTED = 10
/** Results per web page (and per "Load more"): a screenful or two, like the API's default. */
export const WEB_PAGE_SIZE = 20
/** Deliveries shown per page of a watch's log. */
export const WEB_DELIVERIES_PAGE = 50
/** Trend chart: a day is a surge when it has at least this many stories... */
export const SURGE_MIN_STORIES = 3
/** ...and at least this many times the usual count (the median of the days before it) plus SURGE_MIN_STORIES - 1. */
export const SURGE_FACTOR = 2
/** Days before a day that make its "usual" count: a week, so a weekly rhythm does not look like a surge. */
export const SURGE_BASELINE_DAYS = 7
/** A filter's own date range is charted per day up to this many days (a quarter), per week beyond. */
export const TREND_CHART_MAX_DAYS = 92
/** ...and per week up to three years: past that the chart keeps the range's last weeks (bars stay > 3 px). */
export const TREND_CHART_MAX_WEEKS = 157
/** How long a browser keeps read access (READ_TOKEN) for the pages; rotating READ_TOKEN ends it at once. */
export const READ_ACCESS_DAYS = 30
/** Form posts the pages accept (language switch, no-script sign-in): a few fields, never a document. */
export const MAX_FORM_BODY_BYTES = 4 * 1024
