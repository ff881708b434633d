/// <reference types="astro/client" />
declare namespace App {
  interface Locals {
    /** The language of the page being rendered, for components used inside MDX. */
    lang?: import('./sites/types.ts').Language;
  }
}
