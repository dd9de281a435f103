/** @jsxImportSource hono/jsx */
import type { FC } from 'hono/jsx'
import type { DigestEvery, NotifyMode } from '../../db/watches'
import { DIGEST_PERIODS } from '../../watches/digest'
import { WEBHOOK_FORMATS } from '../../watches/formats'
import type { Messages } from '../i18n'

const FORMAT_LABEL = { standard: 'formatStandard', slack: 'formatSlack', discord: 'formatDiscord' } as const

/** "instant" or "digest:1h": the delivery select's value, which the script turns into {mode, every}. */
export const deliveryValue = (d: { mode: string; every: DigestEvery | null }) =>
  d.mode === 'digest' && d.every ? `digest:${d.every}` : 'instant'

/**
 * The webhook and alert fields of a watch (save-as-watch and edit): webhook URL and format,
 * alert per story or per article, instant or digest. `id` prefixes the controls' ids.
 */
export const WatchOptionFields: FC<{
  t: Messages
  id: string
  webhook?: { url: string; format: string } | null
  notify?: NotifyMode
  delivery?: string
}> = ({ t, id, webhook, notify = 'story', delivery = 'instant' }) => (
  <>
    <div class="field">
      <label for={`${id}-webhook`}>{t.webhookUrl}</label>
      <input
        type="url"
        id={`${id}-webhook`}
        name="webhook_url"
        value={webhook?.url ?? ''}
        placeholder="https://"
      />
    </div>
    <div class="row">
      <div class="field">
        <label for={`${id}-format`}>{t.webhookFormat}</label>
        <select id={`${id}-format`} name="webhook_format">
          {WEBHOOK_FORMATS.map((f) => (
            <option value={f} selected={webhook?.format === f}>
              {t[FORMAT_LABEL[f]]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={`${id}-notify`}>{t.notify}</label>
        <select id={`${id}-notify`} name="notify">
          <option value="story" selected={notify === 'story'}>
            {t.notifyStory}
          </option>
          <option value="article" selected={notify === 'article'}>
            {t.notifyArticle}
          </option>
        </select>
      </div>
      <div class="field">
        <label for={`${id}-delivery`}>{t.deliveryMode}</label>
        <select id={`${id}-delivery`} name="delivery">
          <option value="instant" selected={delivery === 'instant'}>
            {t.deliveryInstant}
          </option>
          {DIGEST_PERIODS.map((every) => (
            <option value={`digest:${every}`} selected={delivery === `digest:${every}`}>
              {t.deliveryDigest(every)}
            </option>
          ))}
        </select>
      </div>
    </div>
  </>
)
