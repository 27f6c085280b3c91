import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Editors' photos are served as they are; the optimiser would be an open image proxy.
  images: { unoptimized: true },
};

export default nextConfig;
