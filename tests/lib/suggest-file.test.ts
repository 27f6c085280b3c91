import { describe, expect, it } from "vitest";
import { suggestFile } from "../../lib/suggest-file";

const FILES = [
  "/images/2017/04/bi-thu-phat-bieu.jpg",
  "/images/2017/04/doan-khao-sat.JPG",
  "/images/2017/05/ky-hop-thu-5.png",
  "/images/placeholder.svg",
  "/logo.png",
];

describe("suggestFile", () => {
  it.each([
    ["a typing mistake in the name", "/images/2017/04/bi-thu-phat-beu.jpg", "/images/2017/04/bi-thu-phat-bieu.jpg"],
    ["another extension", "/images/2017/04/bi-thu-phat-bieu.jpeg", "/images/2017/04/bi-thu-phat-bieu.jpg"],
    ["other capitals", "/images/2017/04/doan-khao-sat.jpg", "/images/2017/04/doan-khao-sat.JPG"],
    ["a leading /public", "/public/images/placeholder.svg", "/images/placeholder.svg"],
    ["a leading /content", "/content/images/2017/04/bi-thu-phat-bieu.jpg", "/images/2017/04/bi-thu-phat-bieu.jpg"],
    ["a capital in the images folder", "/Images/2017/04/bi-thu-phat-bieu.jpg", "/images/2017/04/bi-thu-phat-bieu.jpg"],
    ["no leading slash", "images/2017/04/bi-thu-phat-bieu.jpg", "/images/2017/04/bi-thu-phat-bieu.jpg"],
    ["no leading slash after public/", "public/images/placeholder.svg", "/images/placeholder.svg"],
    ["a path relative to the article", "../../images/2017/04/bi-thu-phat-bieu.jpg", "/images/2017/04/bi-thu-phat-bieu.jpg"],
    ["a leading /content and a typing mistake", "/content/images/2017/04/bi-thu-phat-beu.jpg", "/images/2017/04/bi-thu-phat-bieu.jpg"],
    ["the right name in the wrong month", "/images/2017/04/ky-hop-thu-5.png", "/images/2017/05/ky-hop-thu-5.png"],
  ])("suggests the file for %s", (_name, url, file) => {
    expect(suggestFile(url, FILES)).toBe(file);
  });

  it.each([
    ["a name far from every file", "/images/2017/04/anh-moi.jpg"],
    ["a near name in another folder", "/images/2017/06/bi-thu-phat-beu.jpg"],
    ["a very short name", "/a.png"],
  ])("suggests nothing for %s", (_name, url) => {
    expect(suggestFile(url, FILES)).toBeUndefined();
  });

  it("never suggests the missing path itself", () => {
    expect(suggestFile("/logo.png", FILES)).toBeUndefined();
  });
});
