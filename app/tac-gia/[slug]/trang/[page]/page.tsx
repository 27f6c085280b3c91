import { listingRoutes } from "../../../../_components/listing-route";

const { rest } = listingRoutes("author");

export const dynamicParams = false;
export const revalidate = 60;
export const generateStaticParams = rest.generateStaticParams;
export const generateMetadata = rest.generateMetadata;
export default rest.Page;
