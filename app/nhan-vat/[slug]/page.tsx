import { listingRoutes } from "../../_components/listing-route";

const { first } = listingRoutes("person");

// Rendered on first request (README, Decisions, "Archive on request").
export const dynamicParams = true;
export const revalidate = 60;
export const generateStaticParams = first.generateStaticParams;
export const generateMetadata = first.generateMetadata;
export default first.Page;
