// The card page's panels in one module, so the browser fetches them as one chunk: loaded apart,
// each panel's chunk carried its own copy of next-intl's client runtime (issue #11).
export { ControlsForm } from "./controls-form";
export { FundsPanel } from "./funds-panel";
export { SecureDetails } from "./secure-details";
export { SimulatorPanel } from "./simulator-panel";
export { StatusPanel } from "./status-panel";
