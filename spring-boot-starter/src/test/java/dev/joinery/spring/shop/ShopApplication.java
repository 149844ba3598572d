package dev.joinery.spring.shop;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring Boot application that declares nothing about Joinery: the starter does it all. */
@SpringBootApplication
public class ShopApplication {}
