// @nlpjs/lang-fr ships no types; only the parts the enricher uses are declared.
declare module "@nlpjs/lang-fr" {
  export class StemmerFr {
    stemWord(word: string): string;
  }
  export class StopwordsFr {
    dictionary: Record<string, boolean>;
    isStopword(word: string): boolean;
  }
}
