import { listingRoutes } from "../../../../_components/listing-route";

const { rest } = listingRoutes("section");

// Pages 2 and on are rendered on their first request, then cached (listing-route.tsx).
export const dynamicParams = true;
export const revalidate = 60;
export const generateStaticParams = rest.generateStaticParams;
export const generateMetadata = rest.generateMetadata;
export default rest.Page;
