/**
 * `TextDecoder` for tsconfig.core.json: a WHATWG Encoding API present in every runtime the core runs in
 * (page, worker, Node), which the ES2022 lib does not declare. The only global the pure core may use
 * beyond ECMAScript.
 */
interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}

/** Decodes bytes in one of the WHATWG encodings. */
declare class TextDecoder {
  constructor(label?: string, options?: TextDecoderOptions);
  readonly encoding: string;
  decode(input?: ArrayBuffer | ArrayBufferView): string;
}
