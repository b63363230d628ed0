#!/usr/bin/env node
// Trivial on purpose: everything lives in the bundle built from src/ (`pnpm run build`).
import "../dist/reportlint.js";
