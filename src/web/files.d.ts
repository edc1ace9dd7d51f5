/** Package files embedded by the web build (src/scripts/web.ts), by path from the package root. */
declare module 'copydesk:files' {
  const files: Record<string, string>
  export default files
}

/** The sample story (fixtures/drafts/harbour-fire.txt). */
declare module 'copydesk:sample' {
  const sample: string
  export default sample
}

/** Every rule's id, category and description, for the settings panel. */
declare module 'copydesk:rules' {
  const rules: Array<{id: string; category: string; description: string}>
  export default rules
}
