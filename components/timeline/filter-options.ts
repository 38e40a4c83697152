export interface FilterOptions {
  negotiations: { slug: string; title: string }[];
  economies: { code: string; name: string }[];
}
