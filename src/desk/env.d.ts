// The desk's secret: `wrangler types` only sees secrets that happen to be in .dev.vars, so it is declared here.
interface Env {
  /** Comma-separated `name:secret` bearer tokens of the editors' scripts (a secret; .dev.vars locally). */
  EDITOR_TOKENS?: string
}
