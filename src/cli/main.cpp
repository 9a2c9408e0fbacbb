#include "run.hpp"

#include <iostream>

int main(int argc, char** argv) {
    return candor::cli::run(argc, argv, std::cout, std::cerr);
}
