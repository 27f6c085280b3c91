import { getSiteFeed } from "../_data/feeds";
import { xmlResponse } from "../_routes/responses";

export const revalidate = 60;

export async function GET() {
  return xmlResponse(await getSiteFeed("atom"), "atom");
}
