// Copies the parts of the npm packages the pages use into dist/, which Django serves as static
// files. No bundler: GOV.UK Frontend ships compiled CSS and an ES module, htmx a single script.
import { cpSync, mkdirSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "dist");
const modules = join(here, "node_modules");
const govuk = join(modules, "govuk-frontend", "dist", "govuk");

rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, "vendor"), { recursive: true });

// The compiled CSS points at /assets/; Django serves them under STATIC_URL, so make it relative.
const css = readFileSync(join(govuk, "govuk-frontend.min.css"), "utf8").replaceAll(
  "url(/assets/",
  "url(../assets/",
);
writeFileSync(join(dist, "vendor", "govuk-frontend.min.css"), css);
cpSync(join(govuk, "govuk-frontend.min.js"), join(dist, "vendor", "govuk-frontend.min.js"));
cpSync(join(govuk, "assets"), join(dist, "assets"), { recursive: true });
cpSync(join(modules, "htmx.org", "dist", "htmx.min.js"), join(dist, "vendor", "htmx.min.js"));
cpSync(join(here, "src"), join(dist, "app"), { recursive: true });

const versions = Object.fromEntries(
  ["govuk-frontend", "htmx.org"].map((name) => [
    name,
    JSON.parse(readFileSync(join(modules, name, "package.json"), "utf8")).version,
  ]),
);
writeFileSync(join(dist, "versions.json"), JSON.stringify(versions, null, 2) + "\n");
console.log("built front-end assets:", versions);
