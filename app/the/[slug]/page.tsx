import { listingRoutes } from "../../_components/listing-route";

const { first } = listingRoutes("tag");

// Rendered on first request, then cached, unless the build prerenders everything.
export const dynamicParams = true;
export const revalidate = 60;
export const generateStaticParams = first.generateStaticParams;
export const generateMetadata = first.generateMetadata;
export default first.Page;
