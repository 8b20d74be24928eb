/**
 * Incremental splitter for a top-level JSON array, so a large array file is read element by element (each with
 * the line it starts on) instead of being parsed whole. It only finds element boundaries; each element is then
 * parsed on its own, so a malformed element rejects that element, not the file.
 */

/** One element of the array: its raw text and the 1-based line where it starts. */
export interface ArrayElement {
  line: number;
  text: string;
}

/** Thrown when the file is not a JSON array at all (nothing before '[', unterminated, trailing content). */
export class JsonArrayShapeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "JsonArrayShapeError";
  }
}

type State = "before" | "inside" | "after";

/** Feed chunks with {@link JsonArraySplitter.push}, then call {@link JsonArraySplitter.end}. */
export class JsonArraySplitter {
  private state: State = "before";
  private line = 1;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private current: string[] = [];
  private currentLine = 0;

  /** Consumes a chunk of text and returns the elements completed by it. */
  push(chunk: string): ArrayElement[] {
    const done: ArrayElement[] = [];
    let segmentStart = -1;
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i]!;
      if (this.state === "before") {
        if (ch === "[") this.state = "inside";
        else if (!isSpace(ch)) throw new JsonArrayShapeError(`expected "[" at line ${this.line}`);
      } else if (this.state === "after") {
        if (!isSpace(ch)) throw new JsonArrayShapeError(`unexpected content after the closing "]" at line ${this.line}`);
      } else if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (ch === "\\") this.escaped = true;
        else if (ch === '"') this.inString = false;
      } else if (this.depth === 0 && (ch === "," || ch === "]")) {
        if (segmentStart >= 0) this.current.push(chunk.slice(segmentStart, i));
        segmentStart = -1;
        this.flush(done);
        if (ch === "]") this.state = "after";
        continue;
      } else if (ch === '"') this.inString = true;
      else if (ch === "{" || ch === "[") this.depth++;
      else if (ch === "}" || ch === "]") this.depth--;

      if (this.state === "inside" && segmentStart < 0 && !isSpace(ch) && !(ch === "[" && this.current.length === 0 && this.depth === 0)) {
        segmentStart = i;
        if (this.current.length === 0) this.currentLine = this.line;
      }
      if (ch === "\n") this.line++;
    }
    if (segmentStart >= 0) this.current.push(chunk.slice(segmentStart));
    return done;
  }

  /** Signals the end of input. @throws JsonArrayShapeError when the array was not closed. */
  end(): void {
    if (this.state === "before") throw new JsonArrayShapeError("the file is empty");
    if (this.state === "inside") throw new JsonArrayShapeError(`the array is not closed (missing "]") at line ${this.line}`);
  }

  private flush(done: ArrayElement[]): void {
    const text = this.current.join("").trim();
    this.current = [];
    if (text !== "") done.push({ line: this.currentLine, text });
  }
}

function isSpace(ch: string): boolean {
  return ch === " " || ch === "\n" || ch === "\r" || ch === "\t" || ch === "\uFEFF";
}
