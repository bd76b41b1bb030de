// Starts GOV.UK Frontend's components (error summary focus, conditional reveals, …).
import { initAll } from "../vendor/govuk-frontend.min.js";

initAll();
