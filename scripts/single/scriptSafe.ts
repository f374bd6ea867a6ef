/** Text that can sit inside a `<script>` element: no `</script` and no `<!--` that would end or confuse it. */
export function scriptSafe(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** JSON that can sit inside a `<script type="application/json">`: every `<` escaped, so no markup can end it. */
export function jsonScriptSafe(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
