// The client script, bundled as text by the wrangler.toml [[rules]] (type "Text").
declare const text: string
export default text
