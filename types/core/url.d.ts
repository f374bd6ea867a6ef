/**
 * `URL` and `URLSearchParams` for tsconfig.core.json: WHATWG URL API present in every runtime the core
 * runs in (page, worker, Node), which the ES2022 lib does not declare. Only the members the core uses.
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly origin: string;
  readonly protocol: string;
  readonly href: string;
}

/** Query-string parameters. */
declare class URLSearchParams {
  constructor(init?: string);
  get(name: string): string | null;
  getAll(name: string): string[];
  has(name: string): boolean;
  toString(): string;
}
