import { getSiteFeed } from "../_data/feeds";
import { xmlResponse } from "../_routes/responses";

export const revalidate = 60;

export function GET() {
  return xmlResponse(getSiteFeed("rss"), "rss");
}
