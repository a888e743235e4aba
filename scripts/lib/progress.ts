import cliProgress from "cli-progress";

/** A progress bar on a terminal; plain periodic lines elsewhere (CI logs). */
export function progressBar(label: string) {
  if (process.stdout.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label.padEnd(10)} [{bar}] {percentage}% {value}/{total} {phase}`, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(done: number, total: number, phase = "") {
        if (!started) {
          bar.start(total, done, { phase });
          started = true;
        }
        bar.setTotal(total);
        bar.update(done, { phase });
      },
      stop: () => bar.stop(),
    };
  }
  let last = -1;
  return {
    update(done: number, total: number, phase = "") {
      const pct = total ? Math.floor((done / total) * 10) * 10 : 100;
      if (pct !== last) console.log(`${label} ${phase} ${pct}% (${done}/${total})`);
      last = pct;
    },
    stop: () => undefined,
  };
}
