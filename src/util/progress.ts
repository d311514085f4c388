/**
 * A one-line progress bar on stderr for long inputs. It draws only on a terminal (CI logs
 * and notebook cells stay clean) and only once the total is large enough to be worth it.
 */
export interface Progress {
  tick(done: number): void;
  done(): void;
}

export function progressBar(label: string, total: number, { stream = process.stderr, minTotal = 200 } = {}): Progress {
  const enabled = Boolean((stream as NodeJS.WriteStream).isTTY) && total >= minTotal;
  let lastDrawn = -1;
  const draw = (done: number) => {
    const percent = Math.floor((done / total) * 100);
    if (!enabled || percent === lastDrawn) return;
    lastDrawn = percent;
    const width = 30;
    const filled = Math.round((done / total) * width);
    stream.write(`\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}`);
  };
  return {
    tick: draw,
    done() {
      if (enabled) stream.write(`\r${label} [${"#".repeat(30)}] ${total}/${total}\n`);
    },
  };
}
