import { listingRoutes } from "../../_components/listing-route";

const { first } = listingRoutes("author");

export const dynamicParams = false;
export const revalidate = 60;
export const generateStaticParams = first.generateStaticParams;
export const generateMetadata = first.generateMetadata;
export default first.Page;
