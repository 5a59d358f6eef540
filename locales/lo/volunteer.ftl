# The volunteers' group (VOLUNTEER_CHAT_ID): what the bot says there.

volunteer-group-help =
    🤝 <b>Delegate Desk: ກຸ່ມອາສາສະໝັກ</b>
    ຄຳຖາມຂອງຜູ້ແທນທີ່ Delegate Desk ບໍ່ສາມາດຕອບໄດ້ ຈະຖືກສົ່ງມາຍັງກຸ່ມນີ້ ເປັນພາສາຂອງຜູ້ແທນທ່ານນັ້ນ ເພື່ອໃຫ້ອາສາສະໝັກທີ່ເວົ້າພາສານັ້ນໄດ້ ຊ່ວຍຕອບ.
    ເພື່ອຊອກຫາຂໍ້ມູນ ໃນຂະນະທີ່ໃຫ້ການຊ່ວຍເຫຼືອ: /schedule /now /venues /transport
