// Lighthouse 12 (npm; 13 needs a newer node than Debian's 20) with Debian's Chromium, its mobile
// profile: a mid-range phone's screen, slow 4G and a 4x slower CPU. Installed by scripts/bench into
// tests/bench/lighthouse/node_modules, apart from the project's own npm packages, so scripts/test
// and CI never download it.
//
// The throttling is applied while the page loads (devtools), not simulated afterwards from an
// unthrottled load (Lighthouse's default): on loopback Trellis can draw its first frame before the
// loading screen's text ever paints, a canvas is never a largest-contentful-paint candidate, and
// the default run then ends with NO_LCP and no score at all, on some runs and not others.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const HOME = path.join(import.meta.dirname, 'lighthouse');
const CLI = path.join(HOME, 'node_modules/.bin/lighthouse');

// The flags that let Chromium run headless here (as the browser tests' CHROMIUM_ARGS).
const CHROME_FLAGS = [
  '--headless', '--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

export function lighthouseVersion() {
  const manifest = path.join(HOME, 'node_modules/lighthouse/package.json');
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : null;
}

// One Lighthouse run of `url` with a fresh Chromium profile. Asynchronous on purpose: the site is
// served from this same node process. Returns { performance (0-100), lcpMs, fcpMs, tbtMs, speedIndexMs, lcpElement }.
export async function lighthouse(url) {
  const dir = mkdtempSync(path.join(tmpdir(), 'trellis-lighthouse-'));
  try {
    const report = path.join(dir, 'report.json');
    await promisify(execFile)(CLI, [
      url, '--only-categories=performance', '--form-factor=mobile', '--throttling-method=devtools',
      '--output=json', `--output-path=${report}`, '--quiet',
      `--chrome-flags=${[...CHROME_FLAGS, `--user-data-dir=${path.join(dir, 'profile')}`].join(' ')}`,
    ], { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, maxBuffer: 1 << 26 });
    const result = JSON.parse(readFileSync(report, 'utf8'));
    if (result.runtimeError) throw new Error(`Lighthouse: ${result.runtimeError.code}: ${result.runtimeError.message}`);
    const category = result.categories.performance;
    if (category.score === null) {
      const failed = category.auditRefs.filter((ref) => ref.weight > 0 && result.audits[ref.id].score === null)
        .map((ref) => `${ref.id}: ${result.audits[ref.id].errorMessage ?? 'no score'}`);
      throw new Error(`Lighthouse gave no performance score (${failed.join('; ')})`);
    }
    const audits = result.audits;
    const lcpItems = audits['largest-contentful-paint-element']?.details?.items?.[0]?.items;
    return {
      performance: category.score * 100,
      lcpMs: audits['largest-contentful-paint'].numericValue,
      fcpMs: audits['first-contentful-paint'].numericValue,
      tbtMs: audits['total-blocking-time'].numericValue,
      speedIndexMs: audits['speed-index'].numericValue,
      lcpElement: lcpItems?.[0]?.node?.selector ?? null,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
