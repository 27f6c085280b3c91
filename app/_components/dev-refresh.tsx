import { devRefreshScriptUrl } from "@/lib/routes";
import { getContentVersion } from "../_data/content";
import { getSettings } from "../_data/settings";

/**
 * On the dev server only, the tiny script that reloads the page when a file under
 * content/ or public/ changes (app/phat-trien/). It carries the version of the content
 * the page shows, so a change saved before the script connects still reloads the page.
 * A production page renders nothing here, so it carries no script of ours.
 */
export function DevRefresh() {
  if (!getSettings().preview) return null;
  return <script src={devRefreshScriptUrl(getContentVersion())} async />;
}
