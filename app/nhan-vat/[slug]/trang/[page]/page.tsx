import { listingRoutes } from "../../../../_components/listing-route";

const { rest } = listingRoutes("person");

// Rendered on first request (README, Decisions, "Archive on request").
export const dynamicParams = true;
export const revalidate = 60;
export const generateStaticParams = rest.generateStaticParams;
export const generateMetadata = rest.generateMetadata;
export default rest.Page;
