import { getNewsSitemap } from "../_data/seo";
import { xmlResponse } from "../_routes/responses";

// Google News reads only the last two days, so this one is refreshed more often.
export const revalidate = 60;

export function GET() {
  return xmlResponse(getNewsSitemap(), "xml");
}
