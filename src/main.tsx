import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@fontsource/noto-sans/latin-400.css";
import "@fontsource/noto-sans/latin-600.css";
import "@fontsource/noto-sans/latin-ext-400.css";
import "./app/app.css";
import { App } from "./app/App";
import { installBenchHooks } from "./app/benchHooks";
import { seedAppStore } from "./app/store/appStore";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");

void seedAppStore().then(() => {
  installBenchHooks();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
