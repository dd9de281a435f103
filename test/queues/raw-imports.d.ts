// Vite's ?raw import: wrangler.toml's text, to check the code's queue names against it.
declare module '*.toml?raw' {
  const content: string
  export default content
}
