import { apiNotFound } from "@/lib/api-response";

// Unknown API paths answer in JSON, not with the HTML 404 page.
const notFound = () => apiNotFound();
export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
