// Vite's ?raw import: a fixture's text as a string.
declare module '*.jsonl?raw' {
  const content: string
  export default content
}
declare module '*.ts?raw' {
  const content: string
  export default content
}
