import { getSitemap } from "../_data/seo";
import { xmlResponse } from "../_routes/responses";

export const revalidate = 60;

export function GET() {
  return xmlResponse(getSitemap(), "xml");
}
