/** Data at scale and the benchmark; both are commands (npm run seed, npm run bench). */
export {};
