#!/usr/bin/env node
/*
 * The npm registry this project's machines reach serves only the Linux builds of packages that ship
 * native binaries per platform (@swc/core-*, @turbo/*, @unrs/resolver-binding-*). `npm install` then
 * leaves the other platforms' optional packages out of package-lock.json, and `npm ci` refuses the
 * lock as out of sync. This adds a lock entry (name, version, os/cpu/libc, optional) for each missing
 * optional platform package; npm never fetches them on a platform they do not match.
 * Run it after every `npm install` that changes the lock: `node .ci/complete-lockfile.js`.
 */
const fs = require('node:fs');
const path = require('node:path');

const file = path.join(__dirname, '..', 'package-lock.json');
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const packages = lock.packages;

const OS = {
  darwin: 'darwin',
  linux: 'linux',
  win32: 'win32',
  windows: 'win32',
  freebsd: 'freebsd',
  android: 'android',
  openharmony: 'openharmony',
  sunos: 'sunos',
  aix: 'aix',
  netbsd: 'netbsd',
  openbsd: 'openbsd',
};
const CPU = {
  x64: 'x64',
  64: 'x64',
  arm64: 'arm64',
  arm: 'arm',
  ia32: 'ia32',
  ppc64: 'ppc64',
  s390x: 's390x',
  loong64: 'loong64',
  riscv64: 'riscv64',
  wasm32: 'wasm32',
};

function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.map((p) => OS[p]).find(Boolean);
  const cpu = parts.map((p) => CPU[p]).find(Boolean) ?? (parts.some((p) => p.startsWith('arm')) ? 'arm' : undefined);
  const libc = parts.some((p) => p.startsWith('musl'))
    ? ['musl']
    : parts.includes('gnu') || parts.some((p) => p.startsWith('gnueabi'))
      ? ['glibc']
      : undefined;
  return { os, cpu, libc };
}

let added = 0;
for (const [location, entry] of Object.entries(packages)) {
  for (const [dep, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const candidates = [`${location ? `${location}/` : ''}node_modules/${dep}`, `node_modules/${dep}`];
    if (candidates.some((c) => packages[c])) continue;
    const version = String(range).replace(/^[\^~=]/, '');
    const { os, cpu, libc } = platformOf(dep);
    if (!os || !cpu || !/^\d+\.\d+\.\d+/.test(version)) {
      console.error(`cannot complete ${dep}@${range} (needed by ${location || 'the root'}): add it by hand`);
      process.exitCode = 1;
      continue;
    }
    packages[`node_modules/${dep}`] = {
      version,
      cpu: [cpu],
      ...(entry.dev ? { dev: true } : {}),
      ...(libc ? { libc } : {}),
      optional: true,
      os: [os],
    };
    added += 1;
  }
}

lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} optional platform package(s) added`);
