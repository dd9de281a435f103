// The stylesheet, bundled as text by the wrangler.toml [[rules]] (type "Text").
declare module '*/assets/app.css' {
  const text: string
  export default text
}
